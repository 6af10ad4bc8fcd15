import { DataSizes } from './sizes';
import { intBetween, pick, seededRandom } from './random';

const ADJECTIVES = ['Ergonomic', 'Rugged', 'Compact', 'Industrial', 'Premium', 'Portable', 'Heavy-duty', 'Smart'];
const NOUNS = ['Drill', 'Lamp', 'Monitor', 'Chair', 'Router', 'Pump', 'Scanner', 'Printer', 'Valve', 'Sensor'];
const BRANDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Cyberdyne'];
const SIZES = ['S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL', '5XL'];

/** The term the search scenario looks for: in the name of one generated product in eight. */
export const SEARCH_TERM = 'ergonomic';
/** Stock on hand of every generated variant: enough that the checkout scenarios never run out. */
export const GENERATED_STOCK = 1_000_000;

export function generatedSku(product: number, variant: number): string {
    return `BENCH-${String(product).padStart(5, '0')}-${SIZES[variant]}`;
}

export function generatedSlug(product: number): string {
    return `bench-product-${String(product).padStart(5, '0')}`;
}

/**
 * The generated catalog as Vendure's product import CSV (the format of `@vendure/create`'s products.csv), imported
 * through `Importer.parseAndImport`: products, option groups, variants, prices, facets and stock, as a merchant's
 * import would create them.
 */
export function catalogCsv(sizes: DataSizes): string {
    const rnd = seededRandom(sizes.seed);
    const header =
        'name,slug,description,assets,facets,optionGroups,optionValues,sku,price,taxCategory,stockOnHand,trackInventory,variantAssets,variantFacets';
    const rows = [header];
    const variants = Math.min(sizes.variantsPerProduct, SIZES.length);
    for (let p = 1; p <= sizes.products; p++) {
        const name = `${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS)} ${p}`;
        const brand = pick(rnd, BRANDS);
        const description = `${name} by ${brand}: generated for the Triflow benchmark; seed ${sizes.seed}.`;
        const base = intBetween(rnd, 500, 50_000);
        for (let v = 0; v < variants; v++) {
            const price = ((base + v * 250) / 100).toFixed(2);
            const first = v === 0;
            rows.push(
                [
                    first ? name : '',
                    first ? generatedSlug(p) : '',
                    first ? description : '',
                    '',
                    first ? `category:Bench catalog|brand:${brand}` : '',
                    first ? 'size' : '',
                    SIZES[v],
                    generatedSku(p, v),
                    price,
                    'standard',
                    String(GENERATED_STOCK),
                    '',
                    '',
                    '',
                ].join(','),
            );
        }
    }
    return rows.join('\n');
}
