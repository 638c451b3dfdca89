# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every target of the project links oms_compile_settings, so warnings, strict
# Qt defines and sanitizers are decided in one place and never drift apart.

option(OMS_SYNC_WERROR "Treat compiler warnings as errors" OFF)
option(OMS_SYNC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(oms_compile_settings INTERFACE)
add_library(OmsSync::CompileSettings ALIAS oms_compile_settings)

target_compile_features(oms_compile_settings INTERFACE cxx_std_20)

target_compile_options(oms_compile_settings INTERFACE -Wall -Wextra -Wpedantic)
if(OMS_SYNC_WERROR)
    target_compile_options(oms_compile_settings INTERFACE -Werror)
endif()

# Strings must say which encoding they are in, connections must name a
# receiver context, and signal arguments may not narrow silently.
target_compile_definitions(oms_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)

if(OMS_SYNC_SANITIZE)
    set(_oms_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_compile_options(oms_compile_settings INTERFACE ${_oms_sanitizers})
    target_link_options(oms_compile_settings INTERFACE ${_oms_sanitizers})
endif()

if(OMS_SYNC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "OMS_SYNC_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    set(_oms_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(oms_compile_settings INTERFACE ${_oms_fuzz_flags})
    target_link_options(oms_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
