/*
 * sha256.h: SHA-256 (FIPS 180-4) for document identity, without OpenSSL.
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
/* The digest of s as 64 lowercase hex digits and a NUL. */
void dx_sha256_hex(const void *s, size_t n, char hex[65]);

#endif
