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

QString auditEmail(const QString &by)
{
    const qsizetype open = by.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && by.endsWith(QLatin1Char('>')))
        return by.mid(open + 1, by.size() - open - 2).trimmed().toLower();
    return by.trimmed().toLower();
}

QString ManifestRelease::approvalProblem(bool selfApproval) const
{
    if (state != State::Approved)
        return {};
    qsizetype staged = -1;
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const QString &a = audit.at(i).action;
        if (a == QLatin1String("stage") || a == QLatin1String("restage") || a == QLatin1String("fix"))
            staged = i;
    }
    if (staged < 0)
        return QStringLiteral("%1 is approved, but its audit trail has no stage, re-stage or fix").arg(version.toString());
    const AuditEntry &stage = audit.at(staged);
    bool approved = false;
    for (qsizetype i = staged + 1; i < audit.size(); ++i) {
        const AuditEntry &a = audit.at(i);
        if (a.action != QLatin1String("approve"))
            continue;
        approved = true;
        if (selfApproval || auditEmail(a.by) != auditEmail(stage.by))
            return {};
    }
    if (!approved)
        return QStringLiteral("%1 is approved, but its audit trail has no approve after the last %2 (by %3)")
            .arg(version.toString(), stage.action, stage.by);
    return QStringLiteral("%1 is approved only by %2, who staged it; another release manager approves it (policy.selfApproval allows it)")
        .arg(version.toString(), stage.by);
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
