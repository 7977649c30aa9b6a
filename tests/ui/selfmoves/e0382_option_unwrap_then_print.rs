// A std method taking `self` (`Option::unwrap`) moves the option; rustc's note points
// into its std and offers `.as_ref()` and a clone.
fn nickname(full: &str) -> Option<String> {
    full.split_whitespace().next().map(|w| w.to_lowercase())
}

fn main() {
    let nick = nickname("Ada Lovelace");
    let shown = nick.unwrap();
    println!("{shown}");
    if nick.is_some() {
        println!("had a nickname");
    }
}
