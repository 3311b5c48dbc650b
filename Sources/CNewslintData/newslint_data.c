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

static const uint8_t closed_compounds[] = {
#embed "../../Rules/dictionaries/closed-compounds.tsv"
};

static const uint8_t given_names[] = {
#embed "../../Rules/dictionaries/given-names.tsv"
};

static const uint8_t proper_nouns[] = {
#embed "../../Rules/dictionaries/proper-nouns.tsv"
};

static const uint8_t place_pairs[] = {
#embed "../../Rules/dictionaries/place-pairs.tsv"
};

static const uint8_t british_american[] = {
#embed "../../Rules/dictionaries/british-american.tsv"
};

static const uint8_t entities[] = {
#embed "../../Rules/entities.yml"
};

/* Each list's accessor: its bytes and their count. */
#define NL_DATA_ACCESSOR(function, array) \
    const uint8_t *function(size_t *length) { \
        *length = sizeof array; \
        return array; \
    }

NL_DATA_ACCESSOR(nl_data_lexicon, lexicon)
NL_DATA_ACCESSOR(nl_data_corrections, corrections)
NL_DATA_ACCESSOR(nl_data_known_typos, known_typos)
NL_DATA_ACCESSOR(nl_data_bigrams, bigrams)
NL_DATA_ACCESSOR(nl_data_closed_compounds, closed_compounds)
NL_DATA_ACCESSOR(nl_data_given_names, given_names)
NL_DATA_ACCESSOR(nl_data_proper_nouns, proper_nouns)
NL_DATA_ACCESSOR(nl_data_place_pairs, place_pairs)
NL_DATA_ACCESSOR(nl_data_british_american, british_american)
NL_DATA_ACCESSOR(nl_data_entities, entities)

/* The declarative rule files, the .yml files under Rules/. A file added there must be added
 * here too; DeclarativeRuleTests fails until it is. */
static const uint8_t rules_news_style[] = {
#embed "../../Rules/news-style.yml"
};
static const uint8_t rules_usage[] = {
#embed "../../Rules/usage.yml"
};
static const uint8_t rules_british_spelling[] = {
#embed "../../Rules/british-spelling.yml"
};
static const uint8_t rules_grammar[] = {
#embed "../../Rules/grammar.yml"
};

static const struct {
    const char *name;
    const uint8_t *bytes;
    size_t length;
} rule_files[] = {
    {"news-style.yml", rules_news_style, sizeof rules_news_style},
    {"usage.yml", rules_usage, sizeof rules_usage},
    {"british-spelling.yml", rules_british_spelling, sizeof rules_british_spelling},
    {"grammar.yml", rules_grammar, sizeof rules_grammar},
};

int32_t nl_data_rule_file_count(void) {
    return (int32_t)(sizeof rule_files / sizeof rule_files[0]);
}

const char *nl_data_rule_file_name(int32_t index) {
    return rule_files[index].name;
}

const uint8_t *nl_data_rule_file(int32_t index, size_t *length) {
    *length = rule_files[index].length;
    return rule_files[index].bytes;
}
