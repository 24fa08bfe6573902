# Runs one compile-fail case. Usage (from CTest):
#   cmake -DCXX=... -DCOMPILER=gcc|clang -DSOURCE=... -DINCLUDE=... -P check.cmake
# The file must compile with -DHOTLINE_CONTROL and fail without it, printing
# every text named by its "// expect:" (and "// expect-<COMPILER>:") lines.
file(STRINGS ${SOURCE} expect_lines REGEX "^// expect(-${COMPILER})?: ")
if(NOT expect_lines)
  message(FATAL_ERROR "${SOURCE}: no '// expect:' line")
endif()
set(flags -std=c++20 -fsyntax-only -I${INCLUDE})

execute_process(COMMAND ${CXX} ${flags} -DHOTLINE_CONTROL ${SOURCE} RESULT_VARIABLE control_result
                OUTPUT_VARIABLE control_out ERROR_VARIABLE control_out)
if(NOT control_result EQUAL 0)
  message(FATAL_ERROR "the control (correct use) does not compile:\n${control_out}")
endif()

execute_process(COMMAND ${CXX} ${flags} ${SOURCE} RESULT_VARIABLE result OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(result EQUAL 0)
  message(FATAL_ERROR "compiled, but must not")
endif()
foreach(line IN LISTS expect_lines)
  string(REGEX REPLACE "^// expect(-${COMPILER})?: " "" expected "${line}")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the compiler's output lacks '${expected}':\n${out}")
  endif()
  message(STATUS "found '${expected}'")
endforeach()
