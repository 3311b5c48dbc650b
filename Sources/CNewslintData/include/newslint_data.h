/*
 * The data files under Rules/dictionaries/, embedded in the binary at
 * compile time (C23 #embed), so an installed newslint finds its data
 * wherever it runs and loading costs no file I/O.
 */
#ifndef NEWSLINT_DATA_H
#define NEWSLINT_DATA_H

#include <stddef.h>
#include <stdint.h>

/* lexicon.bin: the compiled lexicon (see LexiconTable.swift), 8-byte aligned. */
const uint8_t *nl_data_lexicon(size_t *length);
/* corrections.bin: correction targets and their delete index (see
 * CorrectionIndexTable.swift), 8-byte aligned. */
const uint8_t *nl_data_corrections(size_t *length);
/* known-typos.tsv: "typo<TAB>correction[,correction...]" lines, sorted by bytes. */
const uint8_t *nl_data_known_typos(size_t *length);
/* bigrams.tsv: "word word<TAB>count" lines, sorted by bytes. */
const uint8_t *nl_data_bigrams(size_t *length);
/* closed-compounds.tsv: "word<TAB>zipf" lines, sorted by bytes: words written
 * solid that joined-words leaves whole. */
const uint8_t *nl_data_closed_compounds(size_t *length);
/* given-names.tsv: "name<TAB>m|f|mf" lines, sorted by bytes: common given names. */
const uint8_t *nl_data_given_names(size_t *length);
/* proper-nouns.tsv: "word<TAB>Form" lines, sorted by bytes: lowercase words of the
 * lexicon that English writes only capitalised ("london"). */
const uint8_t *nl_data_proper_nouns(size_t *length);
/* place-pairs.tsv: "first second<TAB>Form" lines, sorted by bytes: neighbouring words
 * of the names of countries and large cities ("hong kong"). */
const uint8_t *nl_data_place_pairs(size_t *length);

/* british-american.tsv: the British and American spelling pairs, tab-separated. */
const uint8_t *nl_data_british_american(size_t *length);

/* Rules/entities.yml, the entity registry (names and their short forms). */
const uint8_t *nl_data_entities(size_t *length);
/* The declarative rule files (the .yml files under Rules/), by index. */
int32_t nl_data_rule_file_count(void);
const char *nl_data_rule_file_name(int32_t index);
const uint8_t *nl_data_rule_file(int32_t index, size_t *length);

#endif
