// SPDX-License-Identifier: Apache-2.0
// The layout works bottom-up in one pass: every container arranges its children relative to its
// own top-left corner and then knows its size, which is all its own container needs. Positions
// are relative (see core/model/values.h), so no second, top-down pass is needed.
#include "core/layout/layout.h"

#include "core/layout/drawing_tree.h"
#include "core/layout/labels.h"
#include "core/layout/subnet_exposure.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace topograph {

namespace {

using M = LayoutMetrics;

/// Where an item goes inside a VPC.
enum class VpcSlot { Edge, Zone, Service };

VpcSlot vpcSlotOf(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::InternetGateway:
    case ResourceKind::VpnGateway:
    case ResourceKind::EgressOnlyInternetGateway:
        return VpcSlot::Edge;
    case ResourceKind::AvailabilityZone:
    case ResourceKind::Subnet: // a subnet without an AZ stands beside the AZs
        return VpcSlot::Zone;
    default:
        return VpcSlot::Service;
    }
}

struct Extent {
    double width = 0;
    double height = 0;
};

int gridColumns(std::size_t count) {
    return std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))));
}

class Layouter {
public:
    explicit Layouter(const Document& document)
        : tree_(document), exposure_(document), geometry_(tree_.nodes.size()),
          fixed_(tree_.nodes.size()) {
        for (std::size_t i = 0; i < tree_.nodes.size(); ++i) {
            const auto& existing = tree_.nodes[i].resource->geometry;
            fixed_[i] = existing.has_value();
            if (existing) {
                geometry_[i] = *existing;
            }
        }
    }

    GeometryMap run() {
        for (auto next = tree_.topDown.rbegin(); next != tree_.topDown.rend(); ++next) {
            arrangeChildren(*next);
        }
        arrangeTopLevel();
        GeometryMap result;
        for (std::size_t i = 0; i < tree_.nodes.size(); ++i) {
            if (!fixed_[i]) {
                result.emplace(tree_.nodes[i].resource->id, geometry_[i]);
            }
        }
        return result;
    }

private:
    const Resource& resourceOf(std::size_t node) const { return *tree_.nodes[node].resource; }

    double titleWidth(std::size_t node) const {
        const Resource& resource = resourceOf(node);
        const auto characters = resource.label().size() + subtitleOf(resource).size() + 3;
        return std::max(M::minContainerWidth,
                        M::titleBand + 2 * M::padding +
                            static_cast<double>(characters) * M::titleCharWidth);
    }

    /// Lays free items out in rows of `columns`, from (x, y); returns the block's extent.
    Extent flow(std::span<const std::size_t> items, double x, double y, int columns) {
        Extent block;
        double rowY = y;
        double rowHeight = 0;
        double cursorX = x;
        int inRow = 0;
        for (const std::size_t item : items) {
            if (inRow == columns) {
                rowY += rowHeight + M::gap;
                rowHeight = 0;
                cursorX = x;
                inRow = 0;
            }
            geometry_[item].x = cursorX;
            geometry_[item].y = rowY;
            cursorX += geometry_[item].width + M::gap;
            rowHeight = std::max(rowHeight, geometry_[item].height);
            block.width = std::max(block.width, cursorX - M::gap - x);
            ++inRow;
        }
        block.height = items.empty() ? 0 : rowY + rowHeight - y;
        return block;
    }

    /// Stacks free items top to bottom and gives them all the width of the widest.
    Extent stack(std::span<const std::size_t> items, double x, double y) {
        double width = 0;
        for (const std::size_t item : items) {
            width = std::max(width, geometry_[item].width);
        }
        double cursorY = y;
        for (const std::size_t item : items) {
            geometry_[item].x = x;
            geometry_[item].y = cursorY;
            geometry_[item].width = width;
            cursorY += geometry_[item].height + M::gap;
        }
        return {width, items.empty() ? 0 : cursorY - M::gap - y};
    }

    void arrangeChildren(std::size_t node) {
        const auto& children = tree_.nodes[node].children;
        const Resource& resource = resourceOf(node);
        std::vector<std::size_t> free;
        Extent fixedExtent;
        for (const std::size_t child : children) {
            if (fixed_[child]) {
                fixedExtent.width =
                    std::max(fixedExtent.width, geometry_[child].x + geometry_[child].width);
                fixedExtent.height =
                    std::max(fixedExtent.height, geometry_[child].y + geometry_[child].height);
            } else {
                free.push_back(child);
            }
        }
        if (children.empty() && !isContainerKind(resource.kind())) {
            if (!fixed_[node]) {
                geometry_[node].width = M::nodeWidth;
                geometry_[node].height = M::nodeHeight;
            }
            return;
        }
        // Free children go below the ones the user placed, so they never land on them.
        const double top = fixedExtent.height > 0
                               ? std::max(M::titleBand + M::padding, fixedExtent.height + M::gap)
                               : M::titleBand + M::padding;
        Extent block;
        switch (resource.kind()) {
        case ResourceKind::Region:
            block = arrangeRegion(free, top);
            break;
        case ResourceKind::Vpc:
            block = arrangeVpc(free, top);
            break;
        case ResourceKind::AvailabilityZone:
            block = arrangeZone(free, top);
            break;
        default:
            block = flow(free, M::padding, top, gridColumns(free.size()));
            break;
        }
        if (fixed_[node]) {
            return;
        }
        const double contentBottom =
            free.empty() ? std::max(top + M::gap, fixedExtent.height) : top + block.height;
        geometry_[node].width = std::max({titleWidth(node), M::padding + block.width + M::padding,
                                          fixedExtent.width + M::padding});
        geometry_[node].height = contentBottom + M::padding;
    }

    /// Subnets top to bottom, public ones first, each in file order.
    Extent arrangeZone(std::vector<std::size_t>& items, double top) {
        std::stable_sort(items.begin(), items.end(), [&](std::size_t a, std::size_t b) {
            return publicRank(a) < publicRank(b);
        });
        return stack(items, M::padding, top);
    }

    int publicRank(std::size_t node) const {
        const Resource& resource = resourceOf(node);
        if (resource.kind() != ResourceKind::Subnet) {
            return 2;
        }
        return exposure_.isPublic(resource.id) ? 0 : 1;
    }

    /// Gateways in a column on the VPC's left edge, VPC-wide services (load balancers across
    /// zones, endpoints) in a band at the top, then the AZs side by side.
    Extent arrangeVpc(std::vector<std::size_t>& items, double top) {
        std::vector<std::size_t> edge;
        std::vector<std::size_t> zones;
        std::vector<std::size_t> services;
        for (const std::size_t item : items) {
            switch (vpcSlotOf(resourceOf(item).kind())) {
            case VpcSlot::Edge:
                edge.push_back(item);
                break;
            case VpcSlot::Zone:
                zones.push_back(item);
                break;
            case VpcSlot::Service:
                services.push_back(item);
                break;
            }
        }
        alignSubnetRows(zones);
        double edgeWidth = 0;
        for (const std::size_t item : edge) {
            edgeWidth = std::max(edgeWidth, geometry_[item].width);
        }
        const double left = edge.empty() ? M::padding : M::padding + edgeWidth + M::gap;
        const Extent serviceBlock =
            flow(services, left, top, std::max(1, static_cast<int>(zones.size()) * 2));
        const double zonesTop = services.empty() ? top : top + serviceBlock.height + M::gap;
        const Extent zoneBlock = flow(zones, left, zonesTop, static_cast<int>(zones.size()));
        // The gateways face the first subnet row, where the public subnets are.
        const double edgeTop = zones.empty() ? top : zonesTop + M::titleBand + M::padding;
        const Extent edgeBlock = stack(edge, M::padding, edgeTop);
        // AZs of one VPC share a height so the row reads as one band.
        for (const std::size_t zone : zones) {
            if (!fixed_[zone]) {
                geometry_[zone].height = zoneBlock.height;
            }
        }
        const double width = std::max(serviceBlock.width, zoneBlock.width) + left - M::padding;
        const double height =
            std::max(edgeTop - top + edgeBlock.height, zonesTop - top + zoneBlock.height);
        return {width, height};
    }

    /// Gives the n-th subnet of every AZ the same height, so that the public and the private
    /// tiers line up across the zones; AZs the user placed keep their own arrangement.
    void alignSubnetRows(const std::vector<std::size_t>& zones) {
        std::vector<double> rowHeights;
        const auto freeZone = [&](std::size_t zone) {
            if (fixed_[zone] || resourceOf(zone).kind() != ResourceKind::AvailabilityZone) {
                return false;
            }
            const auto& children = tree_.nodes[zone].children;
            return std::none_of(children.begin(), children.end(),
                                [&](std::size_t child) { return fixed_[child]; });
        };
        for (const std::size_t zone : zones) {
            if (!freeZone(zone)) {
                continue;
            }
            const auto ordered = subnetsInStackOrder(zone);
            if (rowHeights.size() < ordered.size()) {
                rowHeights.resize(ordered.size(), 0);
            }
            for (std::size_t row = 0; row < ordered.size(); ++row) {
                rowHeights[row] = std::max(rowHeights[row], geometry_[ordered[row]].height);
            }
        }
        for (const std::size_t zone : zones) {
            if (!freeZone(zone)) {
                continue;
            }
            const auto ordered = subnetsInStackOrder(zone);
            for (std::size_t row = 0; row < ordered.size(); ++row) {
                geometry_[ordered[row]].height = rowHeights[row];
            }
            const Extent block = stack(ordered, M::padding, M::titleBand + M::padding);
            geometry_[zone].height = M::titleBand + M::padding + block.height + M::padding;
        }
    }

    /// A free AZ's children, sorted by y: the order arrangeZone stacked them in.
    std::vector<std::size_t> subnetsInStackOrder(std::size_t zone) const {
        std::vector<std::size_t> ordered = tree_.nodes[zone].children;
        std::stable_sort(ordered.begin(), ordered.end(), [&](std::size_t a, std::size_t b) {
            return geometry_[a].y < geometry_[b].y;
        });
        return ordered;
    }

    /// Regional services (transit gateways, customer gateways) in a band at the top, the VPCs
    /// in a near-square grid below.
    Extent arrangeRegion(const std::vector<std::size_t>& items, double top) {
        std::vector<std::size_t> vpcs;
        std::vector<std::size_t> services;
        for (const std::size_t item : items) {
            (resourceOf(item).kind() == ResourceKind::Vpc ? vpcs : services).push_back(item);
        }
        const int vpcColumns = gridColumns(vpcs.size());
        const Extent serviceBlock = flow(services, M::padding, top, std::max(4, vpcColumns * 3));
        const double vpcsTop = services.empty() ? top : top + serviceBlock.height + M::gap;
        const Extent vpcBlock = flow(vpcs, M::padding, vpcsTop, vpcColumns);
        return {std::max(serviceBlock.width, vpcBlock.width), vpcsTop - top + vpcBlock.height};
    }

    /// Containers (regions, VPCs without a region) side by side; the loose items that connect
    /// them (peerings, VPN connections, customer gateways, external resources) in rows below.
    void arrangeTopLevel() {
        constexpr double margin = M::canvasMargin;
        std::vector<std::size_t> containers;
        std::vector<std::size_t> loose;
        double fixedBottom = 0;
        for (const std::size_t root : tree_.roots) {
            if (fixed_[root]) {
                fixedBottom = std::max(fixedBottom, geometry_[root].y + geometry_[root].height);
            } else if (!tree_.nodes[root].children.empty() ||
                       isContainerKind(resourceOf(root).kind())) {
                containers.push_back(root);
            } else {
                loose.push_back(root);
            }
        }
        const double top = fixedBottom > 0 ? fixedBottom + 2 * M::gap : margin;
        const Extent containerBlock = flow(containers, margin, top, gridColumns(containers.size()));
        const int looseColumns =
            std::max(6, static_cast<int>(containerBlock.width / (M::nodeWidth + M::gap)));
        const double looseTop = containers.empty() ? top : top + containerBlock.height + 2 * M::gap;
        flow(loose, margin, looseTop, looseColumns);
    }

    DrawingTree tree_;
    SubnetExposure exposure_;
    std::vector<Geometry> geometry_;
    std::vector<bool> fixed_;
};

} // namespace

bool isDrawn(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::RouteTable:
    case ResourceKind::NetworkAcl:
    case ResourceKind::SecurityGroup:
    case ResourceKind::ElasticIp:
    case ResourceKind::TransitGatewayAttachment:
        return false;
    default:
        return true;
    }
}

bool isContainerKind(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::Region:
    case ResourceKind::Vpc:
    case ResourceKind::AvailabilityZone:
    case ResourceKind::Subnet:
        return true;
    default:
        return false;
    }
}

GeometryMap layoutGeometry(const Document& document) {
    return Layouter(document).run();
}

ChangeSet layOut(Document& document) {
    const GeometryMap geometry = layoutGeometry(document);
    ChangeSet changes;
    changes.geometryOnly = true;
    // File order, so the change set is as deterministic as the layout.
    for (const Resource& resource : document.resources()) {
        if (const auto found = geometry.find(resource.id); found != geometry.end()) {
            document.setGeometry(resource.id, found->second);
            changes.changed.push_back(resource.id);
        }
    }
    return changes;
}

GeometryMap absoluteGeometry(const Document& document) {
    const DrawingTree tree(document);
    std::vector<std::optional<Geometry>> absolute(tree.nodes.size());
    GeometryMap result;
    for (const std::size_t node : tree.topDown) {
        const auto& relative = tree.nodes[node].resource->geometry;
        if (!relative) {
            continue;
        }
        Geometry placed = *relative;
        // A container without geometry sits at the origin, so look past it to the nearest one.
        for (std::size_t up = tree.nodes[node].parent; up != DrawingTree::none;
             up = tree.nodes[up].parent) {
            if (absolute[up]) {
                placed.x += absolute[up]->x;
                placed.y += absolute[up]->y;
                break;
            }
        }
        absolute[node] = placed;
        result.emplace(tree.nodes[node].resource->id, placed);
    }
    return result;
}

} // namespace topograph
