//@ mode: check
fn main() {
    let o: Option<Option<bool>> = Some(None);
    match o {
        Some(Some(true)) => {}
        Some(None) => {}
        None => {}
    }
}
