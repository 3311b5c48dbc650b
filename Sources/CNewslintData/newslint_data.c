/* Embeds data from Rules/dictionaries/ (see include/newslint_data.h). The
 * compiler records the embedded files as dependencies, so a changed file
 * rebuilds. */
#include "newslint_data.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const uint8_t lexicon[] __attribute__((aligned(8))) = {
#embed "../../Rules/dictionaries/lexicon.bin"
};

static const uint8_t corrections[] __attribute__((aligned(8))) = {
#embed "../../Rules/dictionaries/corrections.bin"
};

static const uint8_t known_typos[] = {
#embed "../../Rules/dictionaries/known-typos.tsv"
};

static const uint8_t bigrams[] = {
#embed "../../Rules/dictionaries/bigrams.tsv"
};

const uint8_t *nl_data_lexicon(size_t *length) {
    *length = sizeof lexicon;
    return lexicon;
}

const uint8_t *nl_data_bigrams(size_t *length) {
    *length = sizeof bigrams;
    return bigrams;
}

const uint8_t *nl_data_corrections(size_t *length) {
    *length = sizeof corrections;
    return corrections;
}

const uint8_t *nl_data_known_typos(size_t *length) {
    *length = sizeof known_typos;
    return known_typos;
}
