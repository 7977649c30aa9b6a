struct Marker;
type Flag = Marker;

fn keep(_m: Marker) {}

fn main() {
    keep(Flag);
}
