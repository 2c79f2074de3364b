# `format` target: runs clang-format over the tracked C++ sources.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-16 clang-format-15 clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    add_custom_target(format
        COMMAND git ls-files -z -- "*.cpp" "*.h" | xargs -0 ${CLANG_FORMAT_EXECUTABLE} -i --style=file
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Formatting C++ sources with clang-format"
        VERBATIM)
endif()
