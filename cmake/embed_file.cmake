# Writes a C++ source defining `const char NAME[]` with the bytes of INPUT.
# Usage: cmake -DINPUT=... -DOUTPUT=... -DNAME=... -DNAMESPACE=... -P embed_file.cmake
file(READ "${INPUT}" content HEX)
# Character literals, so bytes >= 0x80 (UTF-8 text) need no narrowing conversion.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\nnamespace ${NAMESPACE} {\nextern const char ${NAME}[];\nconst char ${NAME}[] = {${bytes} 0};\n}\n")
