#[derive(Debug)]
struct Marker;
const LIMIT: i32 = 3;
fn main() {
    let m = Marker;
    let Marker = m;
    let x = 3;
    match x {
        LIMIT => println!("limit"),
        _ => println!("other {:?}", Marker),
    }
}
