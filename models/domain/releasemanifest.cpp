#include "releasemanifest.h"

#include <limits>

#include "printable.h"

#include <QRegularExpression>

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

QString ReleaseManifest::doubtAbout(const Version &version) const
{
    if (fatal)
        return problems.value(0, QStringLiteral("the manifest cannot be read"));
    if (const auto it = unreadable.constFind(version.toString()); it != unreadable.cend())
        return *it;
    const int at = indexOf(version);
    if (at < 0)
        return {};
    // The entry's lines: from its first to the next entry's (or the end).
    const int first = releases[at].line;
    int next = std::numeric_limits<int>::max();
    for (const ManifestRelease &r : releases) {
        if (r.line > first && r.line < next)
            next = r.line;
    }
    for (int i = 0; i < problemLines.size(); ++i) {
        if (problemLines[i] >= first && problemLines[i] < next)
            return problems.value(i);
    }
    return {};
}

QString lineBranch(const Version &version)
{
    return QStringLiteral("release/%1.%2").arg(version.major()).arg(version.minor());
}

QString auditEmail(const QString &by)
{
    // Exactly "Name <local@domain>": a trailing space, a tab, a second
    // address or an invisible character would make one person look like two.
    static const QRegularExpression person(QStringLiteral("^[^<>]*[^<>\\s] <([^\\s<>@]+@[^\\s<>@]+)>$"));
    if (hasHiddenCharacters(by))
        return {};
    const auto m = person.match(by);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString ManifestRelease::approvalProblem(bool selfApproval) const
{
    if (state != State::Approved)
        return {};
    // Everyone who staged, re-staged or fixed it since it was last approved:
    // none of them approves it alone, so a stage line written in someone
    // else's name before one's own approve does not make it four eyes.
    qsizetype staged = -1;
    QStringList stagers;
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const QString &a = audit.at(i).action;
        if (a == QLatin1String("stage") || a == QLatin1String("restage") || a == QLatin1String("fix")) {
            if (staged >= 0 && audit.at(staged).action == QLatin1String("approve"))
                stagers.clear();
            staged = i;
            stagers.append(audit.at(i).by);
        } else if (a == QLatin1String("approve") && staged >= 0) {
            // Kept until the next stage: an approve of older content.
            staged = i;
        }
    }
    if (stagers.isEmpty())
        return QStringLiteral("%1 is approved, but its audit trail has no stage, re-stage or fix").arg(version.toString());
    qsizetype last = -1;
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const QString &a = audit.at(i).action;
        if (a == QLatin1String("stage") || a == QLatin1String("restage") || a == QLatin1String("fix"))
            last = i;
    }
    const AuditEntry &stage = audit.at(last);
    for (const QString &by : std::as_const(stagers)) {
        if (auditEmail(by).isEmpty())
            return QStringLiteral("%1 is approved, but the %2 line's 'by' (\"%3\") is not one plain \"Name <e-mail>\"")
                .arg(version.toString(), stage.action, printableName(by));
    }
    bool approved = false;
    QString invalid;
    QString selfApprover; // a stager, as the trail writes them
    for (qsizetype i = last + 1; i < audit.size(); ++i) {
        const AuditEntry &a = audit.at(i);
        if (a.action != QLatin1String("approve"))
            continue;
        const QString email = auditEmail(a.by);
        if (email.isEmpty()) {
            invalid = a.by;
            continue;
        }
        approved = true;
        bool stagedIt = false;
        for (const QString &by : std::as_const(stagers)) {
            if (auditEmail(by) == email) {
                stagedIt = true;
                selfApprover = by;
            }
        }
        if (selfApproval || !stagedIt)
            return {};
    }
    if (!approved && !invalid.isNull())
        return QStringLiteral("%1 is approved, but its approve line's 'by' (\"%2\") is not one plain \"Name <e-mail>\"")
            .arg(version.toString(), printableName(invalid));
    if (!approved)
        return QStringLiteral("%1 is approved, but its audit trail has no approve after the last %2 (by %3)")
            .arg(version.toString(), stage.action, printableName(stage.by));
    return QStringLiteral("%1 is approved only by %2, who staged it; another release manager approves it (policy.selfApproval allows it)")
        .arg(version.toString(), printableName(selfApprover));
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
