// SPDX-License-Identifier: GPL-3.0-or-later
#include "Region.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync {

QUrl Region::omsEndpoint() const
{
    return QUrl(u"https://oms."_s + id + u".myhuaweicloud.com"_s);
}

QUrl Region::iamEndpoint() const
{
    return QUrl(u"https://iam."_s + id + u".myhuaweicloud.com"_s);
}

QString Region::displayName(const QLocale& locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese && !chineseName.isEmpty();
    return chinese ? chineseName : englishName;
}

const QList<Region>& Region::all()
{
    // Sync-task start, stop and statistics are documented for Beijing4 and
    // Shanghai1; newer references add Guiyang1.
    static const QList<Region> regions {
        {u"cn-north-4"_s, u"CN North-Beijing4"_s, u"华北-北京四"_s, true},
        {u"cn-north-1"_s, u"CN North-Beijing1"_s, u"华北-北京一"_s, false},
        {u"cn-east-2"_s, u"CN East-Shanghai2"_s, u"华东-上海二"_s, false},
        {u"cn-east-3"_s, u"CN East-Shanghai1"_s, u"华东-上海一"_s, true},
        {u"cn-south-1"_s, u"CN South-Guangzhou"_s, u"华南-广州"_s, false},
        {u"ap-southeast-1"_s, u"AP-Hong Kong"_s, u"中国-香港"_s, false},
        {u"ap-southeast-3"_s, u"AP-Singapore"_s, u"亚太-新加坡"_s, false},
        {u"la-south-2"_s, u"LA-Santiago"_s, u"拉美-圣地亚哥"_s, false},
        {u"cn-south-4"_s, u"CN South-Guangzhou-InvitationOnly"_s, u"华南-广州-友好用户环境"_s,
         false},
        {u"cn-southwest-2"_s, u"CN Southwest-Guiyang1"_s, u"西南-贵阳一"_s, true},
        {u"ap-southeast-4"_s, u"AP-Jakarta"_s, u"亚太-雅加达"_s, false},
        {u"cn-north-9"_s, u"CN North-Ulanqab1"_s, u"华北-乌兰察布一"_s, false},
        {u"ap-southeast-2"_s, u"AP-Bangkok"_s, u"亚太-曼谷"_s, false},
        {u"la-north-2"_s, u"LA-Mexico City2"_s, u"拉美-墨西哥城二"_s, false},
        {u"tr-west-1"_s, u"TR-Istanbul"_s, u"土耳其-伊斯坦布尔"_s, false},
        {u"sa-brazil-1"_s, u"LA-Sao Paulo1"_s, u"拉美-圣保罗一"_s, false},
        {u"me-east-1"_s, u"ME-Riyadh"_s, u"中东-利雅得"_s, false},
        {u"af-south-1"_s, u"AF-Johannesburg"_s, u"非洲-约翰内斯堡"_s, false},
        {u"cn-east-4"_s, u"CN East2"_s, u"华东二"_s, false},
        {u"ap-southeast-5"_s, u"AP-Manila"_s, u"亚太-马尼拉"_s, false},
        {u"cn-north-12"_s, u"CN North3"_s, u"华北三"_s, false},
    };
    return regions;
}

std::optional<Region> Region::find(QStringView id)
{
    const QList<Region>& regions = all();
    const auto it = std::find_if(regions.cbegin(), regions.cend(),
                                 [id](const Region& region) { return region.id == id; });
    if (it == regions.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool Region::isWellFormedId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64 || id.startsWith(u'-') || id.endsWith(u'-')
        || id.contains(u"--")) {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace OmsSync
