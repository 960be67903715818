#include "releasemanifest.h"

namespace ReleaseDeck {

QString ManifestRelease::stateName(State s)
{
    switch (s) {
    case State::None:
        return QStringLiteral("none");
    case State::Staged:
        return QStringLiteral("staged");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Published:
        return QStringLiteral("published");
    case State::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

std::optional<ManifestRelease::State> ManifestRelease::parseState(const QString &name)
{
    for (State s : {State::None, State::Staged, State::Approved, State::Published, State::Superseded}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

int ReleaseManifest::indexOf(const Version &version) const
{
    for (int i = 0; i < releases.size(); ++i) {
        if (Version::compare(releases.at(i).version, version) == 0)
            return i;
    }
    return -1;
}

const ManifestRelease *ReleaseManifest::find(const Version &version) const
{
    const int i = indexOf(version);
    return i < 0 ? nullptr : &releases.at(i);
}

} // namespace ReleaseDeck
