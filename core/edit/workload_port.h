// SPDX-License-Identifier: Apache-2.0
// Which protocol and port a workload accepts connections on, as far as the model tells: the
// port a connection between two workloads proposes first (the user can change it). A database
// listens on its port setting, a load balancer on its listener, an ECS service on its container
// port, an instance behind a load balancer on the port the balancer forwards to; where the
// model says nothing, HTTPS on 443.
#pragma once

#include "core/model/document.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace topograph {

struct ListeningPort {
    IpProtocol protocol{IpProtocol::Tcp};
    int port = 443;
    /// Why this port, as a sentence for the dialog: "PostgreSQL database listens on 5432 (its
    /// port setting)."
    std::string reason;
    /// False when nothing in the model names the port and 443 is only a guess.
    bool known = false;
};

/// The port an RDS engine listens on unless told otherwise (mysql, mariadb and aurora-mysql
/// 3306, postgres and aurora-postgresql 5432, sqlserver-* 1433, oracle-* 1521, db2-* 50000);
/// 0 for an engine this does not know.
int defaultDatabasePort(std::string_view engine);

/// What `destination` listens on. `source` only matters for an instance that several load
/// balancers forward to: the one connecting is the one whose port counts. An id that names no
/// workload gets the 443 guess.
ListeningPort listeningPort(const Document& document, const ResourceId& destination,
                            const ResourceId& source = {});

/// listeningPort() for many destinations in one document: the load balancers in front of each
/// workload are found once, rather than by a scan of the document per destination (the
/// Connect To... list asks about every workload). The document must outlive it, unchanged.
class ListeningPorts {
public:
    explicit ListeningPorts(const Document& document);
    ListeningPort of(const ResourceId& destination, const ResourceId& source = {}) const;

private:
    const Document& document_;
    /// Each load-balancer target -> the first balancer, in file order, forwarding to it on a
    /// known port.
    std::unordered_map<ResourceId, const Resource*> balancerInFront_;
};

} // namespace topograph
