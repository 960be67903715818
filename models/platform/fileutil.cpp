#include "fileutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ReleaseDeck {

bool writeFileAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
