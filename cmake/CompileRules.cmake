# One interface target carries the house compile rules; every target links it.
add_library(cf_compile_rules INTERFACE)
target_compile_features(cf_compile_rules INTERFACE cxx_std_20)
target_compile_options(cf_compile_rules INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)
if(CF_WARNINGS_AS_ERRORS)
    target_compile_options(cf_compile_rules INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>
        $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()
# Qt strictness that Qt 6.4 supports: no implicit QString conversions from
# 8-bit data, no narrowing in connects, no Q_FOREACH, no keyword macros.
target_compile_definitions(cf_compile_rules INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CF_VERSION_STRING="${PROJECT_VERSION}")

# Add a library for one layer: cf_add_layer(name) creates a static library
# whose include root is the repository top, so includes read "models/...".
function(cf_add_layer name)
    add_library(${name} STATIC)
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC cf_compile_rules)
endfunction()
