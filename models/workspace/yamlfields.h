#pragma once

// Reading the fields of a YAML file written by a person: each bad field is
// a problem with its line and column, and reading goes on.

#include "domain/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck {

class YamlFields
{
public:
    YamlFields(const QString &file, QList<Problem> &problems)
        : m_file(file)
        , m_problems(problems)
    {}

    SourceLocation at(const YAML::Node &node) const
    {
        if (!node.IsDefined())
            return {m_file, 0, 0}; // a missing key: callers point at its parent instead
        const YAML::Mark m = node.Mark();
        if (m.is_null())
            return {m_file, 0, 0};
        return {m_file, m.line + 1, m.column + 1};
    }

    void problem(const YAML::Node &node, const QString &message)
    {
        m_problems.append({at(node), message});
    }

    // A scalar as text; reports and returns false for maps and sequences.
    bool text(const YAML::Node &node, const QString &key, QString *out)
    {
        if (!node.IsScalar()) {
            problem(node, QStringLiteral("'%1' must be a text value").arg(key));
            return false;
        }
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool textList(const YAML::Node &node, const QString &key, QStringList *out)
    {
        if (node.IsScalar()) {
            *out = {QString::fromStdString(node.Scalar())};
            return true;
        }
        if (!node.IsSequence()) {
            problem(node, QStringLiteral("'%1' must be a text value or a list of them").arg(key));
            return false;
        }
        QStringList list;
        for (const YAML::Node &item : node) {
            QString s;
            if (!text(item, key, &s))
                return false;
            list.append(s);
        }
        *out = list;
        return true;
    }

    QString absolutePath(const QString &path) const
    {
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().absoluteFilePath(path));
    }

    bool checkKeys(const YAML::Node &map, const QSet<QString> &known, const QString &what)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>(""));
            if (!known.contains(key)) {
                problem(it->first, QStringLiteral("unknown key '%1' in %2").arg(key, what));
            }
        }
        return true;
    }

    // `insecure: true|false`, nothing else.
    bool flag(const YAML::Node &node, const QString &owner, bool *out)
    {
        QString value;
        if (!text(node, QStringLiteral("insecure"), &value))
            return false;
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            problem(node, QStringLiteral("%1: insecure must be true or false, not '%2'").arg(owner, value));
            return false;
        }
        *out = value == QLatin1String("true");
        return true;
    }

protected:
    QString m_file;
    QList<Problem> &m_problems;
};

} // namespace ReleaseDeck
