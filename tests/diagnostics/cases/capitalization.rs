struct Point;

fn main() {
    let _p = point;
}
