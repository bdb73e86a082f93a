# parallax_embed_file(OUT_VAR INPUT NAME NAMESPACE COMMENT)
# Generates, at build time, a C++ source defining `const char NAME[]` (in
# NAMESPACE) with the bytes of INPUT plus a final NUL (cmake/embed_file.cmake),
# regenerated whenever INPUT changes; sets OUT_VAR to the source's path, for
# the library's source list.
set(PARALLAX_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_file.cmake)
function(parallax_embed_file out_var input name namespace comment)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embed_${name}.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${out} -DNAME=${name} -DNAMESPACE=${namespace}
            -P ${PARALLAX_EMBED_SCRIPT}
    DEPENDS ${input} ${PARALLAX_EMBED_SCRIPT}
    COMMENT "${comment}")
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
