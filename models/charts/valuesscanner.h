#pragma once

#include <QList>
#include <QString>

#include <string_view>

namespace ReleaseDeck {

// An image reference found in a Helm values file.
struct FoundImage
{
    QString path;       // YAML path of the image mapping or string, e.g. "runtime.image"
    int line = 0;       // 1-based line of the tag value (of the repository when there is no tag)
    QString repository; // registry/repository
    QString tag;        // as written; empty when the file has none
    QString envName;    // a workflow env pin such as RUNTIME_API_SHA; repository is then empty
};

struct ValuesScan
{
    QList<FoundImage> images;
    QString error;      // "line:col: message" when the file is not valid YAML
    bool usedFastReader = false;
};

// Streams a values file through yaml-cpp's event parser, so aliases are never
// expanded (an alias bomb stays small) and no node tree is built. Finds
// mappings with `repository` (+ `registry`, `tag`), `image: "repo:tag"`
// strings and lists of such strings (`preload:`, `images:`, `*Images:`;
// path "preload[0]") at any depth, following anchors, aliases and `<<`
// merges.
enum class ValuesParser {
    Auto,    // the fast block reader, yaml-cpp where it gives up
    YamlCpp, // yaml-cpp's event parser only
};
ValuesScan scanValues(std::string_view text, ValuesParser parser = ValuesParser::Auto);

// The image pins of a CI workflow file (.github/workflows/*.yml): image
// strings as in values files, plus `container: repo:tag`, `uses:
// docker://repo:tag` and `env:` variables whose name ends in _SHA, _TAG,
// _COMMIT or _VERSION (RUNTIME_API_SHA: 4ea3e4b), at any level.
ValuesScan scanWorkflow(std::string_view text);

// The image an env pin's name points at: RUNTIME_API_SHA → "runtime-api";
// empty when the name does not end in one of the pin suffixes.
QString pinnedImageName(const QString &envName);

// Splits "registry/repo:tag" (or "repo@sha256:…") into repository and tag.
void splitImageString(const QString &text, QString *repository, QString *tag);

} // namespace ReleaseDeck
