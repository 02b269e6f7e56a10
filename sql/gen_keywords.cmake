# Generates, from keywords.txt and parse.y:
#   OUT_Y    parse.y with each "%include_grammar FILE." line replaced by that
#            file of the same folder (the grammar is one Lemon input, kept in
#            three files by statement family), and the keyword %token and
#            %fallback declarations inserted at "%include_keyword_tokens."
#   OUT_INC  the tokenizer's keyword table (sql_keywords.inc)
# Reserved words always become tokens (so that using one as a bare name is a
# syntax error, as in MySQL); non-reserved words and function names become
# tokens only if the grammar uses them, and fall back to ID everywhere else.
file(STRINGS "${KEYWORDS}" lines REGEX "^[A-Z_0-9]+ [RNFJ]$")
file(READ "${GRAMMAR}" grammar)
get_filename_component(grammar_dir "${GRAMMAR}" DIRECTORY)
string(REGEX MATCHALL "%include_grammar [a-z_]+\\.y\\." parts "${grammar}")
foreach(part IN LISTS parts)
  string(REGEX REPLACE "%include_grammar ([a-z_]+\\.y)\\." "\\1" part_file "${part}")
  file(READ "${grammar_dir}/${part_file}" part_text)
  string(REPLACE "${part}" "${part_text}" grammar "${grammar}")
endforeach()
string(REGEX MATCHALL "[A-Z][A-Z0-9_]*" used_words "${grammar}")
list(REMOVE_DUPLICATES used_words)

set(tokens "")
set(fallbacks "")
set(table "")
set(seen "")
foreach(line IN LISTS lines)
  string(REPLACE " " ";" parts "${line}")
  list(GET parts 0 word)
  list(GET parts 1 kind)
  list(FIND seen "${word}" dup)
  if(NOT dup EQUAL -1)
    message(FATAL_ERROR "keywords.txt lists ${word} twice")
  endif()
  list(APPEND seen "${word}")
  list(FIND used_words "${word}" used)
  if(kind STREQUAL "R")
    set(flags "KW_RESERVED")
  elseif(used EQUAL -1)
    continue()
  elseif(kind STREQUAL "F")
    set(flags "KW_FUNCTION")
    string(APPEND fallbacks " ${word}")
  else()
    set(flags "0")
    string(APPEND fallbacks " ${word}")
  endif()
  # Declared even when the rules use it: harmless, and it covers words that
  # appear only in comments or actions.
  string(APPEND tokens " ${word}")
  string(LENGTH "${word}" len)
  string(APPEND table "    { \"${word}\", ${len}, ${flags}, TK_${word} },\n")
endforeach()

set(decl "// Generated from keywords.txt by gen_keywords.cmake.\n")
if(tokens)
  string(APPEND decl "%token${tokens}.\n")
endif()
string(APPEND decl "%fallback ID${fallbacks}.\n")
string(REPLACE "%include_keyword_tokens." "${decl}" grammar "${grammar}")
file(WRITE "${OUT_Y}.tmp" "${grammar}")
file(WRITE "${OUT_INC}.tmp" "/* Generated from keywords.txt by gen_keywords.cmake. */\n${table}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT_Y}.tmp" "${OUT_Y}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT_INC}.tmp" "${OUT_INC}")
