struct Pair { a: i32 }
struct Tup(i32);
struct Unit;
enum Never { A }
fn main() {
    let v: Vec<Pair> = Vec::new();
    let w: Vec<Tup> = Vec::new();
    let u: Vec<Unit> = Vec::new();
    let n: Vec<Never> = Vec::new();
    println!("{} {} {} {}", v.len(), w.len(), u.len(), n.len());
}
