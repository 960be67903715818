#include "snapshot.h"

#include <algorithm>

namespace ReleaseDeck {

namespace {

bool isLowerHex(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool hasHexLetter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'f'; });
}

} // namespace

QString ImageRef::commitIdIn(const QString &tag)
{
    QString t = tag;
    if (t.startsWith(QLatin1String("sha-"))) {
        // sha-<hex>[-suffix]: CI may print the id in upper case.
        t = t.mid(4);
        if (const qsizetype dash = t.indexOf(u'-'); dash >= 0)
            t.truncate(dash);
        t = t.toLower();
        if (t.size() < 7 || t.size() > 40 || !isLowerHex(t))
            return QString();
        return t;
    }
    if (t.size() > 41 && t[40] == u'-' && isLowerHex(t.left(40)))
        return t.left(40);
    else if (!hasHexLetter(t))
        return QString(); // all digits: a build number or date, not a commit id
    if (t.size() < 7 || t.size() > 40 || !isLowerHex(t))
        return QString();
    return t;
}

QString ImageRef::statusName(Status s)
{
    switch (s) {
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::Ambiguous:
        return QStringLiteral("ambiguous");
    case Status::Unmapped:
        return QStringLiteral("unmapped");
    case Status::NotASha:
        return QStringLiteral("not-a-sha");
    case Status::Shallow:
        return QStringLiteral("shallow");
    }
    return QString();
}

bool ImageRef::carriesVersion(const QString &tag, const QString &version)
{
    return tag == version || (tag.size() > version.size() && tag.startsWith(version) && tag[version.size()] == u'-');
}

ImageRefIndex::ImageRefIndex(const WorkspaceSnapshot &snapshot)
{
    for (const QList<ImageRef> *list : {&snapshot.imageRefs, &snapshot.headImageRefs}) {
        for (const ImageRef &ref : *list)
            m_refs[ref.repo + QLatin1Char('\n') + ref.tag].append(&ref);
    }
}

QList<const ImageRef *> ImageRefIndex::at(const QString &repo, const QString &tag) const
{
    return m_refs.value(repo + QLatin1Char('\n') + tag);
}

} // namespace ReleaseDeck
