// The JSON Schema embedded in the library (src/emit/article.schema.json)
// against what the library emits: the schema is a draft-07 schema, every
// golden and every sample's output satisfies it, and it rejects output whose
// shape has drifted.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "rankparse/rankparse.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path samples_dir{RANKPARSE_SAMPLES_DIR};

json schema_document() { return json::parse(rankparse::article_schema()); }

// Parsed once; throws (failing the calling test) if valijson rejects the schema.
const valijson::Schema& compiled_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    auto compiled = std::make_unique<valijson::Schema>();
    const json document = schema_document();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(document), *compiled);
    return compiled;
  }();
  return *schema;
}

// Validates `instance` against the embedded schema: one "path: message" line
// per valijson error, none when the instance is valid.
std::vector<std::string> schema_errors(const json& instance) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  validator.validate(compiled_schema(), valijson::adapters::NlohmannJsonAdapter(instance), &results);
  std::vector<std::string> errors;
  for (const auto& error : results) {
    std::string path;
    for (const auto& part : error.context) path += part;
    errors.push_back(path + ": " + error.description);
  }
  return errors;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += "  " + line + "\n";
  return text;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::vector<fs::path> samples_with_extension(const std::string& extension) {
  std::vector<fs::path> paths;
  for (const auto& item : fs::directory_iterator(samples_dir)) {
    if (item.is_regular_file() && item.path().extension() == extension) paths.push_back(item.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// What `rankparse extract samples/NAME` prints, as JSON.
json emitted(std::string_view text, const std::string& source_name) {
  return json::parse(rankparse::to_json(rankparse::parse(text, {.source_name = source_name})));
}

json reference_output() {
  return emitted(read_file(samples_dir / "reference.txt"), "samples/reference.txt");
}

// ---- the schema itself ----------------------------------------------------

TEST(Schema, IsJsonAndADraft7Schema) {
  json document;
  ASSERT_NO_THROW(document = schema_document());
  ASSERT_TRUE(document.is_object());
  EXPECT_EQ(document.value("$schema", ""), "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(document.value("$id", ""), "https://rankparse.invalid/schema/article/1");
  EXPECT_TRUE(document.contains("title"));
  EXPECT_TRUE(document.contains("description"));
  EXPECT_EQ(document["properties"]["schema"].value("const", ""), rankparse::schema_id);
  EXPECT_NO_THROW(compiled_schema());
}

// Walks every subschema: objects list all their keys in `required`, allow no
// others, and every property says what it is. This keeps later edits honest;
// valijson alone ignores a misspelled keyword.
void check_conventions(const json& node, const std::string& pointer) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) check_conventions(node[i], pointer + "/" + std::to_string(i));
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("$ref")) {
    const auto ref = node["$ref"].get<std::string>();
    EXPECT_EQ(ref.rfind("#/definitions/", 0), 0U) << pointer << ": $ref " << ref;
    EXPECT_EQ(node.size(), 1U) << pointer << ": keywords next to $ref are ignored in draft 7; wrap the $ref in allOf";
  }
  if (node.contains("properties")) {
    const auto& properties = node["properties"];
    std::vector<std::string> keys;
    for (const auto& [key, property] : properties.items()) {
      keys.push_back(key);
      EXPECT_TRUE(property.contains("description")) << pointer << "/properties/" << key << " has no description";
    }
    auto required = node.value("required", std::vector<std::string>{});
    std::sort(keys.begin(), keys.end());
    std::sort(required.begin(), required.end());
    EXPECT_EQ(required, keys) << pointer << ": required must list every property";
    EXPECT_EQ(node.value("additionalProperties", json(true)), json(false)) << pointer;
    EXPECT_EQ(node.value("type", json()), json("object")) << pointer;
  }
  for (const auto& [key, child] : node.items()) {
    // Keyword values that are not schemas, and if/then/else, which constrain
    // only part of an object already described.
    if (key == "enum" || key == "const" || key == "required" || key == "if" || key == "then" || key == "else") continue;
    check_conventions(child, pointer + "/" + key);
  }
}

TEST(Schema, EveryObjectIsClosedAndDescribed) { check_conventions(schema_document(), ""); }

TEST(Schema, CanBeEmbeddedAsARawString) {
  // src/CMakeLists.txt wraps the file in R"rankparse_schema(...)rankparse_schema".
  const auto document = schema_document();
  EXPECT_EQ(rankparse::article_schema().find(")rankparse_schema\""), std::string_view::npos);
  EXPECT_EQ(json::parse(document.dump()), document);
}

// ---- what the library emits satisfies it ---------------------------------

TEST(Schema, GoldenSamplesValidate) {
  const auto goldens = samples_with_extension(".json");
  ASSERT_FALSE(goldens.empty()) << "no samples/*.json goldens found";
  for (const auto& path : goldens) {
    SCOPED_TRACE(path.string());
    json golden;
    ASSERT_NO_THROW(golden = json::parse(read_file(path))) << path << " is not JSON";
    const auto errors = schema_errors(golden);
    EXPECT_TRUE(errors.empty()) << path.filename() << " does not match the schema:\n" << joined(errors);
  }
}

TEST(Schema, OutputForEverySampleValidates) {
  const auto inputs = samples_with_extension(".txt");
  ASSERT_FALSE(inputs.empty()) << "no samples/*.txt in " << samples_dir;
  for (const auto& path : inputs) {
    SCOPED_TRACE(path.string());
    const auto errors = schema_errors(emitted(read_file(path), "samples/" + path.filename().string()));
    EXPECT_TRUE(errors.empty()) << "output for " << path.filename() << " does not match the schema:\n" << joined(errors);
  }
}

// Inputs the samples may not cover: empty and broken input, the error paths,
// unresolved dates, non-ASCII names.
TEST(Schema, OutputForUnusualInputsValidates) {
  const std::vector<std::string> inputs = {
      "",
      "\n\n\n",
      "caf\xC3\xA9 \xFF\xFE broken UTF-8\n",
      " date 2022-03-29\n",
      " date 2022-02-30 Nothing else.\n",
      " date 2022-01-05 The list was released Dec. 12.\n",
      "Top 3 schools, released Feb. 30:\n\n1. A\n2. B\n",
      "Top 5 cafés:\n\n1. Café Zürich (Zürich, Switzerland)\n2. Ça Va (Paris)\n2. São Paulo Bar (tie)\n4. \xE2\x80\x9CQuoted\xE2\x80\x9D Place\n5.\n",
      "Top 3 universities:\n\n3. Third University\n2. Second University\n1. First University\n",
      "Some schools:\n\n- Alpha College\n- Beta College\n",
      "Top 10 things:\n\n1. One (Springfield)\n2. Two (Portland)\n\n5. Five, Oregon\n",
      "Top 2:\n\n1. Cut off at the end of the fil",
  };
  for (const auto& input : inputs) {
    SCOPED_TRACE(json(input).dump(-1, ' ', false, json::error_handler_t::replace));
    const auto errors = schema_errors(emitted(input, "-"));
    EXPECT_TRUE(errors.empty()) << joined(errors);
  }
}

// ---- and rejects output that has drifted ---------------------------------

struct Drift {
  std::string name;
  std::function<void(json&)> apply;
  std::string expected_path;  // where valijson should find the problem
};

TEST(Schema, RejectsDriftedOutput) {
  const json reference = reference_output();
  ASSERT_TRUE(schema_errors(reference).empty()) << joined(schema_errors(reference));
  ASSERT_FALSE(reference["lists"].empty());
  ASSERT_FALSE(reference["lists"][0]["entries"].empty());

  const std::vector<Drift> drifts = {
      {"key removed", [](json& j) { j["lists"][0]["entries"][0].erase("tied"); }, "[lists][0][entries][0]"},
      {"top-level key removed", [](json& j) { j.erase("diagnostics"); }, "<root>"},
      {"extra key", [](json& j) { j["ranking"]["subtitle"] = nullptr; }, "[ranking]"},
      {"renamed key",
       [](json& j) {
         auto& span = j["lists"][0]["span"];
         span["start"] = span["begin"];
         span.erase("begin");
       },
       "[lists][0][span]"},
      {"order sideways", [](json& j) { j["lists"][0]["order"] = "sideways"; }, "[lists][0][order]"},
      {"negative span begin", [](json& j) { j["lists"][0]["entries"][0]["name"]["span"]["begin"] = -1; },
       "[lists][0][entries][0][name][span][begin]"},
      {"wrong schema id", [](json& j) { j["schema"] = "rankparse/article/2"; }, "[schema]"},
      {"bad hash", [](json& j) { j["source"]["hash"] = "xxh3:283F5E84BF9AEC71"; }, "[source][hash]"},
      {"key not folded", [](json& j) { j["lists"][0]["entries"][0]["key"] = "Harvard-Medical-School"; },
       "[lists][0][entries][0][key]"},
      {"date without zero padding", [](json& j) { j["date"]["value"] = "2022-3-29"; }, "[date]"},
      {"resolved value while unresolved", [](json& j) { j["ranking"]["released"]["resolved_by"] = "unresolved"; },
       "[ranking][released]"},
      {"null where not nullable", [](json& j) { j["methodology"]["categories"] = nullptr; },
       "[methodology][categories]"},
      {"bad severity", [](json& j) {
         j["diagnostics"].push_back({{"severity", "fatal"}, {"code", "rank.gap"}, {"message", ""}, {"line", 1}, {"column", 1},
                                     {"span", {{"begin", 0}, {"end", 0}, {"line", 1}, {"column", 1}}}});
       },
       "[diagnostics][0][severity]"},
  };
  for (const auto& drift : drifts) {
    SCOPED_TRACE(drift.name);
    json changed = reference;
    drift.apply(changed);
    ASSERT_NE(changed, reference);
    const auto errors = schema_errors(changed);
    ASSERT_FALSE(errors.empty()) << drift.name << " was accepted";
    const bool located = std::any_of(errors.begin(), errors.end(), [&](const std::string& error) {
      return error.rfind("<root>" + (drift.expected_path == "<root>" ? "" : drift.expected_path) + ":", 0) == 0;
    });
    EXPECT_TRUE(located) << "no error at " << drift.expected_path << ":\n" << joined(errors);
  }
}

}  // namespace
