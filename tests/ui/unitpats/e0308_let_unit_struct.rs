struct Marker;
fn main() {
    let count = 5;
    let Marker = count;
}
