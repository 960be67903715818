#include "snapshot.h"

namespace ReleaseDeck {

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
    }
    return QString();
}

} // namespace ReleaseDeck
