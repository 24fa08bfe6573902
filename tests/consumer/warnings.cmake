# The consumer builds with the warnings hotline's own code builds with, so a
# header that warns in a user's build fails here. GCC 12 warns for every
# member a designated initializer leaves out, which is how entries are written.
function(hotline_consumer_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-missing-field-initializers)
    endif()
  endif()
endfunction()
