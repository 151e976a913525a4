'use strict';
// Tags box of the article form: Select2 in "tags" mode; suggestions from the admin's
// autocomplete endpoint, but option values are tag names (taggit reads names, not ids).
{
    const $ = django.jQuery;

    function initTagAutocomplete(element) {
        $(element).select2({
            ajax: {
                data: (params) => ({
                    term: params.term,
                    page: params.page,
                    app_label: element.dataset.appLabel,
                    model_name: element.dataset.modelName,
                    field_name: element.dataset.fieldName,
                }),
                processResults: (data) => ({
                    results: data.results.map((item) => ({id: item.text, text: item.text})),
                    pagination: data.pagination,
                }),
            },
        });
    }

    $(function() {
        $('select.tag-autocomplete').each((index, element) => initTagAutocomplete(element));
    });
}
