type Row = [i32; 3];
type Matrix = [Row; 2];

fn trace(m: &Matrix) -> i32 {
    m[0][0] + m[1][1]
}

fn main() {
    let m: Matrix = [[1, 2, 3], [4, 5, 6]];
    let r: Row = m[1];
    println!("{} {:?}", trace(&m), r);
}
