/*
 * sha256.h: SHA-256 (FIPS 180-4) for document identity: OpenSSL's libcrypto when the
 * build finds it, else the code of sha256.c.
 */
#ifndef DX_SHA256_H
#define DX_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t h[8];
  uint64_t length; /* bytes hashed so far */
  unsigned char block[64];
  size_t used; /* bytes waiting in block */
} dx_sha256;

void dx_sha256_init(dx_sha256 *c);
void dx_sha256_update(dx_sha256 *c, const void *data, size_t n);
void dx_sha256_final(dx_sha256 *c, unsigned char digest[32]);
/* The digest of s as 64 lowercase hex digits and a NUL: through libcrypto
 * when built with DX_LIBCRYPTO, else the code of sha256.c. */
void dx_sha256_hex(const void *s, size_t n, char hex[65]);
/* The same, through sha256.c's own code when builtin is nonzero. */
void dx_sha256_hex_with(const void *s, size_t n, char hex[65], int builtin);
/* "libcrypto" or "builtin": what dx_sha256_hex uses. */
extern const char *const dx_sha256_backend;

#endif
