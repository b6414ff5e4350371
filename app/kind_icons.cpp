// SPDX-License-Identifier: Apache-2.0
#include "app/kind_icons.h"

namespace topograph {

QString iconSourceFor(ResourceKind kind, bool isPublicSubnet) {
    if (kind == ResourceKind::Subnet) {
        return isPublicSubnet ? QStringLiteral("qrc:/icons/subnet-public.svg")
                              : QStringLiteral("qrc:/icons/subnet-private.svg");
    }
    const std::string_view name = kindName(kind);
    return QStringLiteral("qrc:/icons/") +
           QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())) +
           QStringLiteral(".svg");
}

} // namespace topograph
