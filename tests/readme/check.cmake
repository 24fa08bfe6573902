# Compiles and runs the first C++ example of README.md, and checks that it
# prints what the README shows right after it.
#   cmake -DCXX=... -DREADME=... -DINCLUDE=... -DWORK=... -P check.cmake
file(READ ${README} readme)
string(FIND "${readme}" "```cpp\n" start)
if(start EQUAL -1)
  message(FATAL_ERROR "README.md has no C++ example")
endif()
math(EXPR start "${start} + 7")
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```" stop)
string(SUBSTRING "${rest}" 0 ${stop} code)
# The output block follows the code block's closing fence.
math(EXPR after "${stop} + 3")
string(SUBSTRING "${rest}" ${after} -1 rest)
string(FIND "${rest}" "```\n" out_start)
math(EXPR out_start "${out_start} + 4")
string(SUBSTRING "${rest}" ${out_start} -1 rest)
string(FIND "${rest}" "```" out_stop)
string(SUBSTRING "${rest}" 0 ${out_stop} expected)

file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/readme_example.cpp "${code}")
execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Werror -I${INCLUDE} ${WORK}/readme_example.cpp
                        -lfmt -o ${WORK}/readme_example
                RESULT_VARIABLE r OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT r EQUAL 0)
  message(FATAL_ERROR "the README example does not compile:\n${out}")
endif()
execute_process(COMMAND ${WORK}/readme_example RESULT_VARIABLE r OUTPUT_VARIABLE printed)
if(NOT r EQUAL 0 OR NOT printed STREQUAL expected)
  message(FATAL_ERROR "the README example printed:\n${printed}\nbut the README shows:\n${expected}")
endif()
