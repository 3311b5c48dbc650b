/*
 * The data files under Rules/dictionaries/, embedded in the binary at
 * compile time (C23 #embed), so an installed newslint finds its data
 * wherever it runs and loading costs no file I/O.
 */
#ifndef NEWSLINT_DATA_H
#define NEWSLINT_DATA_H

#include <stddef.h>
#include <stdint.h>

/* english.tsv: "word<TAB>count" lines. */
const uint8_t *nl_data_english(size_t *length);
/* names.txt: one name a line. */
const uint8_t *nl_data_names(size_t *length);
/* bigrams.tsv: "word word<TAB>count" lines, sorted by bytes. */
const uint8_t *nl_data_bigrams(size_t *length);
/* news-vocabulary.txt: names and terms, with # comments. */
const uint8_t *nl_data_news_vocabulary(size_t *length);

#endif
