/**
 * Business tails of Japanese names in katakana that a later mention drops
 * (グラブ・ホールディングス is later グラブ, アスペン・インシュアランス・ホールディングス
 * アスペン, ノースレイク・アナリティクス ノースレイク; tails stack). They ride with the kana chunk: only Japanese text
 * writes them. Longest first, so a longer tail is taken before one it ends in.
 */
export const KANA_TAILS: readonly string[] = [
  'インシュアランス', 'テクノロジーズ', 'ソリューションズ', 'ホールディングス', 'インベストメンツ', 'ファイナンシャル', 'ロボティクス',
  'パートナーズ', 'ベンチャーズ', 'システムズ', 'キャピタル', 'クラウド', 'グループ', '株式会社', 'セラピューティクス',
  'ファーマシューティカルズ', 'バイオサイエンシズ', 'バイオ', 'ネットワークス', 'アナリティクス', 'マテリアルズ', 'ラボラトリーズ',
].sort((a, b) => b.length - a.length);
