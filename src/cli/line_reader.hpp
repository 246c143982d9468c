// Lines from a file descriptor with a cap on how long one may be, so that a
// stream holding a gigabyte on one line costs a bounded buffer, not a
// gigabyte: the part past the cap is read and thrown away.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rankparse::cli {

class LineReader {
 public:
  // `max_bytes` 0: no cap.
  LineReader(int fd, std::size_t max_bytes);

  enum class Result {
    line,      // `line` holds the next line, without its "\n" (or "\r\n")
    too_long,  // the next line was longer than the cap; `line` is empty, `length` says how long
    end,       // no more input
    error,     // reading failed; `error_number` says why
  };
  Result next(std::string& line);

  [[nodiscard]] std::size_t length() const { return length_; }
  [[nodiscard]] int error_number() const { return error_number_; }

 private:
  bool fill();  // false at end of input or on error

  int fd_;
  std::size_t max_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
  std::size_t end_ = 0;
  bool at_end_ = false;
  std::size_t length_ = 0;
  int error_number_ = 0;
};

}  // namespace rankparse::cli
