/*
 * newslint's window onto the system ICU (libicu-dev).
 *
 * This header deliberately contains no ICU type: Foundation on Linux bundles
 * its own ICU, and a Swift module that sees both definitions of UErrorCode
 * fails to compile. ICU is included only in newslint_icu.c. Every status is
 * an int32_t holding an ICU UErrorCode: > 0 is a failure, <= 0 is success
 * (negative values are warnings).
 */
#ifndef NEWSLINT_ICU_H
#define NEWSLINT_ICU_H

#include <stdint.h>

/* An opaque break iterator over UTF-8 bytes; not thread-safe. */
typedef struct nl_breaker nl_breaker;

enum {
    NL_BREAK_WORD = 0,
    NL_BREAK_SENTENCE = 1,
};

/* Opens a word or sentence break iterator for `locale` ("" = root). */
nl_breaker *nl_breaker_open(int32_t kind, const char *locale, int32_t *status);
void nl_breaker_close(nl_breaker *breaker);

/* Points the iterator at `length` UTF-8 bytes. The bytes must stay alive and
 * unmoved until the next call of nl_breaker_set_utf8 or nl_breaker_close. */
int32_t nl_breaker_set_utf8(nl_breaker *breaker, const uint8_t *bytes, int64_t length);

/* The next boundary as a byte offset, or -1 at the end. `rule_status`
 * receives the ICU rule status of the segment that ends there
 * (word break: 0 none, 100-199 number, 200-299 letter, 300 kana, 400 ideo). */
int32_t nl_breaker_next(nl_breaker *breaker, int32_t *rule_status);

/* 1 when the UTF-8 text is in NFC, 0 when not, a negative value on error. */
int32_t nl_nfc_is_normalized(const uint8_t *bytes, int32_t length);

/* Writes the NFC form of `length` UTF-8 bytes to `out` (capacity `capacity`)
 * and returns its length in bytes, which may exceed `capacity`: then call
 * again with a larger buffer. Returns -1 and sets `status` on error. */
int32_t nl_nfc_normalize(const uint8_t *bytes, int32_t length,
                         uint8_t *out, int32_t capacity, int32_t *status);

/* ICU's name for a status code ("U_ILLEGAL_ARGUMENT_ERROR"). */
const char *nl_status_name(int32_t status);

#endif
