'use strict';
// Django's URLify drops most Vietnamese letters ("Hội" → "hi", "Đảng" → "djng"). Apply the
// rule of articles.text.vietnamese_slugify first (tone marks stripped, đ → d), then Django's.
{
    const djangoURLify = window.URLify;
    window.URLify = function(text, numChars, allowUnicode) {
        const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd').replace(/Đ/g, 'D');
        return djangoURLify(plain, numChars, allowUnicode);
    };
}
