// Compact binary encoding of annotation layers (paragraphs, sentences,
// tokens) for the store: a magic byte, a version byte, a varint count, then
// per item delta-coded varints. Documented in docs/formats/store.md.
#ifndef PARALLAX_STORE_SPAN_CODEC_H_
#define PARALLAX_STORE_SPAN_CODEC_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::store {

std::string EncodeParagraphs(const std::vector<Paragraph>& paragraphs);
std::string EncodeSentences(const std::vector<Sentence>& sentences);
std::string EncodeTokens(const std::vector<Token>& tokens);

// Decoders validate every span against `text_size`: kCorruption on damage.
Status DecodeParagraphs(std::string_view blob, size_t text_size, std::vector<Paragraph>* out);
Status DecodeSentences(std::string_view blob, size_t text_size, std::vector<Sentence>* out);
Status DecodeTokens(std::string_view blob, size_t text_size, std::vector<Token>* out);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_SPAN_CODEC_H_
