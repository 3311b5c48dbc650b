/* The one translation unit that includes ICU. See include/newslint_icu.h. */
#include "newslint_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct nl_breaker {
    UBreakIterator *iterator;
    UText *text;
};

nl_breaker *nl_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == NL_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    nl_breaker *breaker = calloc(1, sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void nl_breaker_close(nl_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

int32_t nl_breaker_set_utf8(nl_breaker *breaker, const uint8_t *bytes, int64_t length) {
    UErrorCode error = U_ZERO_ERROR;
    /* Reusing the UText avoids a malloc per call. An empty text still needs a
     * valid pointer. */
    static const char empty[1] = {0};
    const char *start = length > 0 ? (const char *)bytes : empty;
    breaker->text = utext_openUTF8(breaker->text, start, length, &error);
    if (U_FAILURE(error)) return error;
    ubrk_setUText(breaker->iterator, breaker->text, &error);
    return error;
}

int32_t nl_breaker_next(nl_breaker *breaker, int32_t *rule_status) {
    int32_t end = ubrk_next(breaker->iterator);
    *rule_status = end == UBRK_DONE ? 0 : ubrk_getRuleStatus(breaker->iterator);
    return end == UBRK_DONE ? -1 : end;
}

/* UTF-8 → UTF-16 into a caller buffer or a malloc'd one. */
static UChar *to_utf16(const uint8_t *bytes, int32_t length, UChar *stack, int32_t stack_capacity,
                       int32_t *out_length, UErrorCode *error) {
    u_strFromUTF8(stack, stack_capacity, out_length, (const char *)bytes, length, error);
    if (*error != U_BUFFER_OVERFLOW_ERROR) return U_FAILURE(*error) ? NULL : stack;
    *error = U_ZERO_ERROR;
    UChar *heap = malloc(sizeof(UChar) * (size_t)(*out_length + 1));
    if (heap == NULL) {
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    u_strFromUTF8(heap, *out_length + 1, out_length, (const char *)bytes, length, error);
    if (U_FAILURE(*error)) {
        free(heap);
        return NULL;
    }
    return heap;
}

int32_t nl_nfc_is_normalized(const uint8_t *bytes, int32_t length) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) return -1;
    UChar stack[256];
    int32_t units = 0;
    UChar *text = to_utf16(bytes, length, stack, 256, &units, &error);
    if (text == NULL) return -1;
    UBool normalized = unorm2_isNormalized(nfc, text, units, &error);
    if (text != stack) free(text);
    return U_FAILURE(error) ? -1 : (normalized ? 1 : 0);
}

int32_t nl_nfc_normalize(const uint8_t *bytes, int32_t length,
                         uint8_t *out, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    UChar stack[256];
    int32_t units = 0;
    UChar *text = U_FAILURE(error) ? NULL : to_utf16(bytes, length, stack, 256, &units, &error);
    if (text == NULL) {
        *status = error;
        return -1;
    }
    /* NFC never makes UTF-16 longer than 3x the input (Unicode stability). */
    int32_t normalized_capacity = units * 3 + 1;
    UChar *normalized = malloc(sizeof(UChar) * (size_t)normalized_capacity);
    int32_t result = -1;
    if (normalized == NULL) {
        error = U_MEMORY_ALLOCATION_ERROR;
    } else {
        int32_t normalized_units = unorm2_normalize(nfc, text, units, normalized, normalized_capacity, &error);
        if (U_SUCCESS(error)) {
            int32_t written = 0;
            u_strToUTF8((char *)out, capacity, &written, normalized, normalized_units, &error);
            if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) error = U_ZERO_ERROR;
            if (U_SUCCESS(error)) result = written;
        }
        free(normalized);
    }
    if (text != stack) free(text);
    *status = error;
    return result;
}

const char *nl_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
