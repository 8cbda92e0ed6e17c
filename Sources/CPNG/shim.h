// libpng, and one function that drives it for Cairo image surfaces.
//
// libpng reports errors by longjmp to a setjmp point; Swift cannot set one, so the whole write
// happens inside this C function, which can. It is glue only: filtering, compression, chunks
// and CRCs are libpng's and zlib's.
#include <png.h>
#include <zlib.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

/// Growing output buffer the PNG is written into; free `data` with `free`.
typedef struct {
    unsigned char *data;
    size_t size;
    size_t capacity;
    int failed;
} huizong_png_output;

static void huizong_png_append(png_structp png, png_bytep bytes, size_t length) {
    huizong_png_output *out = (huizong_png_output *)png_get_io_ptr(png);
    if (out->failed) return;
    if (out->size + length > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 65536;
        while (capacity < out->size + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(out->data, capacity);
        if (!grown) { out->failed = 1; return; }
        out->data = grown;
        out->capacity = capacity;
    }
    memcpy(out->data + out->size, bytes, length);
    out->size += length;
}

static void huizong_png_flush(png_structp png) { (void)png; }

/// Encodes Cairo RGB24 pixels (native-endian 0xXXRRGGBB words, `stride` bytes a row) as an 8-bit
/// RGB PNG with a pHYs chunk of `pixels_per_metre`, every row Up-filtered (a chart's rows mostly
/// repeat the row above: zeros; letting libpng weigh Sub against Up per row cost a third of the
/// time for files a sixth smaller), and zlib at `level` with `strategy` (`Z_RLE`, `Z_FILTERED`…). Returns 0 on success; on failure `out->data` may still need `free`.
static inline int huizong_png_encode_rgb24(const unsigned char *pixels, int width, int height, int stride,
                                           unsigned pixels_per_metre, int level, int strategy,
                                           huizong_png_output *out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_write_struct(&png, NULL); return -1; }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    png_set_write_fn(png, out, huizong_png_append, huizong_png_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_pHYs(png, info, pixels_per_metre, pixels_per_metre, PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_write_info(png, info);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_bgr(png);                           // bytes B G R X
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);  // bytes X R G B
#endif
    for (int y = 0; y < height; y++) {
        png_write_row(png, (png_const_bytep)(pixels + (size_t)y * (size_t)stride));
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return out->failed ? -1 : 0;
}
