# Builds and runs a program outside the tree that uses hotline as a user
# would. MODE=installed: install hotline to a prefix, then find_package it.
# MODE=subdirectory: add_subdirectory() on the source tree. MODE=pkgconfig:
# install it, then compile with the flags pkg-config gives.
file(REMOVE_RECURSE ${WORK})
if(MODE STREQUAL "pkgconfig")
  execute_process(COMMAND ${CMAKE_COMMAND} --install ${HOTLINE_BUILD} --prefix ${WORK}/prefix
                  RESULT_VARIABLE r)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
  endif()
  foreach(file include/hotline/hotline.hpp share/doc/hotline/LICENSE share/pkgconfig/hotline.pc
               share/pkgconfig/hotline-fmt.pc share/pkgconfig/hotline-compressed.pc)
    if(NOT EXISTS ${WORK}/prefix/${file})
      message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
  endforeach()
  # The prefix is found from where the .pc file is: move the installation.
  file(RENAME ${WORK}/prefix ${WORK}/moved)
  set(ENV{PKG_CONFIG_PATH} ${WORK}/moved/share/pkgconfig)
  execute_process(COMMAND pkg-config --cflags --libs hotline-fmt RESULT_VARIABLE r
                  OUTPUT_VARIABLE flags ERROR_VARIABLE error OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags --libs hotline-fmt failed: ${error}")
  endif()
  message(STATUS "pkg-config --cflags --libs hotline-fmt: ${flags}")
  string(REGEX MATCH "-I([^ ]+)" include_flag "${flags}")
  file(REAL_PATH "${CMAKE_MATCH_1}" include_dir)
  if(NOT include_dir STREQUAL "${WORK}/moved/include")
    message(FATAL_ERROR "pkg-config gives no include path into the moved prefix: ${flags}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror
                          ${CMAKE_CURRENT_LIST_DIR}/main.cpp -o ${WORK}/consumer ${flags}
                  RESULT_VARIABLE r OUTPUT_VARIABLE out ERROR_VARIABLE out)
  message("${out}")
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "the consumer did not build with pkg-config's flags")
  endif()
  execute_process(COMMAND ${WORK}/consumer RESULT_VARIABLE r)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "the consumer built with pkg-config's flags did not run")
  endif()
  # Compressed input: hotline-compressed gives zlib's flags too.
  execute_process(COMMAND pkg-config --cflags --libs hotline-compressed RESULT_VARIABLE r
                  OUTPUT_VARIABLE flags ERROR_VARIABLE error OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags --libs hotline-compressed failed: ${error}")
  endif()
  message(STATUS "pkg-config --cflags --libs hotline-compressed: ${flags}")
  separate_arguments(flags UNIX_COMMAND "${flags}")
  execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror
                          ${CMAKE_CURRENT_LIST_DIR}/compressed.cpp -o ${WORK}/consumer_compressed
                          ${flags}
                  RESULT_VARIABLE r OUTPUT_VARIABLE out ERROR_VARIABLE out)
  message("${out}")
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "the compressed-input consumer did not build with pkg-config's flags")
  endif()
  execute_process(COMMAND ${WORK}/consumer_compressed WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE r OUTPUT_VARIABLE out)
  message("${out}")
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "the compressed-input consumer built with pkg-config's flags did not run")
  endif()
  return()
endif()
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
# The program that reads compressed input, built by the same project.
execute_process(COMMAND ${WORK}/build/consumer_compressed WORKING_DIRECTORY ${WORK}/build
                RESULT_VARIABLE r OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT r EQUAL 0)
  message(FATAL_ERROR "the compressed-input consumer did not run")
endif()
