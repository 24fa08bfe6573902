# Builds and runs a program outside the tree that uses hotline as a user
# would. MODE=installed: install hotline to a prefix, then find_package it.
# MODE=subdirectory: add_subdirectory() on the source tree.
file(REMOVE_RECURSE ${WORK})
if(MODE STREQUAL "installed")
  execute_process(COMMAND ${CMAKE_COMMAND} --install ${HOTLINE_BUILD} --prefix ${WORK}/prefix
                  RESULT_VARIABLE r)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
  endif()
  set(args -DCMAKE_PREFIX_PATH=${WORK}/prefix)
else()
  set(args -DHOTLINE_SOURCE=${HOTLINE_SOURCE})
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${CMAKE_CURRENT_LIST_DIR}/${MODE} ${WORK}/build
                        --build-generator Ninja --build-options -DCMAKE_CXX_COMPILER=${CXX} ${args}
                        --test-command ${WORK}/build/consumer
                RESULT_VARIABLE r OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT r EQUAL 0)
  message(FATAL_ERROR "the consumer did not build or run")
endif()
