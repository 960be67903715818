#include "supportreport.h"

#include "domain/publishes.h"

#include "workspace/customersfile.h"

namespace ReleaseDeck {

SupportReport SupportReport::build(const Overview &overview, const QDateTime &at, const QString &only)
{
    SupportReport r;
    r.at = at.toUTC();
    r.publishes = enterprisePublishes(overview.train);
    r.lines = SupportLines::at(overview.snapshot.workspace.support, r.publishes, r.at);
    // A manifest that does not read cleanly may hide a required stop: said first.
    r.problems += overview.snapshot.manifest.problems;
    r.customersFile = overview.snapshot.workspace.customersFile;
    if (r.customersFile.isEmpty())
        return r;
    const CustomersLoad load = CustomersFile::load(r.customersFile);
    for (const Problem &p : load.problems)
        r.problems.append(p.toString());
    for (const Customer &c : load.customers) {
        if (!only.isEmpty() && c.name.compare(only, Qt::CaseInsensitive) != 0)
            continue;
        CustomerRow row{c, SupportLines::standing(c, r.publishes, r.lines, r.at), {}};
        if (row.standing.behind)
            row.path = UpgradePath::build(overview.snapshot, overview.train, c.version, row.standing.target);
        r.customers.append(row);
    }
    return r;
}

} // namespace ReleaseDeck
