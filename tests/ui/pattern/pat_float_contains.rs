// A float is no `Pattern`: rustc's E0277 names the blanket impl's `FnMut(char)` bound.
fn main() {
    let text = "pi is 3.14";
    if text.contains(3.14) {
        println!("found");
    }
}
