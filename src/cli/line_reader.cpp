#include "line_reader.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rankparse::cli {

LineReader::LineReader(int fd, std::size_t max_bytes) : fd_(fd), max_bytes_(max_bytes), buffer_(std::size_t{1} << 20U) {}

bool LineReader::fill() {
  if (at_end_ || error_number_ != 0) return false;
  begin_ = 0;
  end_ = 0;
  for (;;) {
    const auto got = ::read(fd_, buffer_.data(), buffer_.size());
    if (got > 0) {
      end_ = static_cast<std::size_t>(got);
      return true;
    }
    if (got == 0) {
      at_end_ = true;
      return false;
    }
    if (errno != EINTR) {
      error_number_ = errno;
      return false;
    }
  }
}

LineReader::Result LineReader::next(std::string& line) {
  line.clear();
  length_ = 0;
  bool seen_any = false;
  for (;;) {
    if (begin_ == end_ && !fill()) {
      if (error_number_ != 0) return Result::error;
      if (!seen_any) return Result::end;
      break;  // a last line without "\n"
    }
    seen_any = true;
    const auto* start = buffer_.data() + begin_;
    const auto available = end_ - begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
    const auto take = newline ? static_cast<std::size_t>(newline - start) : available;
    // Past the cap the bytes are counted, not kept.
    if (max_bytes_ == 0 || length_ + take <= max_bytes_) line.append(start, take);
    length_ += take;
    begin_ += take;
    if (newline) {
      ++begin_;
      break;
    }
  }
  if (max_bytes_ != 0 && length_ > max_bytes_) {
    line.clear();
    return Result::too_long;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Result::line;
}

}  // namespace rankparse::cli
