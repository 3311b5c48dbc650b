/* Embeds Rules/dictionaries/ (see include/newslint_data.h). The compiler
 * records the embedded files as dependencies, so editing a list rebuilds. */
#include "newslint_data.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const uint8_t english[] = {
#embed "../../Rules/dictionaries/english.tsv"
};

static const uint8_t names[] = {
#embed "../../Rules/dictionaries/names.txt"
};

static const uint8_t bigrams[] = {
#embed "../../Rules/dictionaries/bigrams.tsv"
};

static const uint8_t news_vocabulary[] = {
#embed "../../Rules/dictionaries/news-vocabulary.txt"
};

const uint8_t *nl_data_english(size_t *length) {
    *length = sizeof english;
    return english;
}

const uint8_t *nl_data_names(size_t *length) {
    *length = sizeof names;
    return names;
}

const uint8_t *nl_data_bigrams(size_t *length) {
    *length = sizeof bigrams;
    return bigrams;
}

const uint8_t *nl_data_news_vocabulary(size_t *length) {
    *length = sizeof news_vocabulary;
    return news_vocabulary;
}
