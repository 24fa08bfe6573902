# The consumer builds with the warnings hotline's own code builds with, so a
# header that warns in a user's build fails here. Entries written with
# designated initializers that leave members out ({.id = ..., .date = ...})
# warn nowhere: every member of hotline's aggregates has an initializer.
function(hotline_consumer_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
  endif()
endfunction()
