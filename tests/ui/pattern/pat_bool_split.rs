// `split` takes any `Pattern`; a `bool` is not one.
fn main() {
    let csv = "a,b,c";
    let _parts = csv.split(true);
    println!("{}", csv);
}
